#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace sd::ui::theme {

// State colours that stay readable on whatever palette the desktop gives: light, dark or high
// contrast. Nothing in the UI hard-codes a text colour; it asks for a tone instead.
enum class Tone
{
    Normal,  // the palette's own text colour
    Problem, // errors and refusals
    Warning, // needs a look, not wrong
    Muted,   // secondary text
};

// The tone's colour for text on `background`, at least 4.5:1 against it (WCAG AA) — a dark red on
// a light window, a light red on a dark one.
QColor color(Tone tone, const QColor &background);
// The same for text on the application palette's window (item views: on its base).
QColor color(Tone tone);
QColor colorOnBase(Tone tone);
// WCAG 2 contrast ratio of two colours, 1 to 21.
double contrast(const QColor &a, const QColor &b);

// Shows the widget's text in the tone now and after every palette change (a switch to dark mode
// while Sourcedesk runs). Tone::Normal gives the widget its palette's colours back.
void setTone(QWidget *widget, Tone tone);
Tone tone(const QWidget *widget);

} // namespace sd::ui::theme
