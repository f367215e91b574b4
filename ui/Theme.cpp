#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cmath>

namespace sd::ui::theme {

namespace {

const char *const kToneProperty = "sdTone";
const char *const kApplyingProperty = "sdToneApplying";

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// Candidates from strong to soft; the first that reaches 4.5:1 wins, so light palettes keep the
// familiar dark red and dark ones get a light red.
QList<QColor> candidates(Tone tone)
{
    switch (tone) {
    case Tone::Problem:
        return {QColor(0xb0, 0x00, 0x20), QColor(0x8b, 0x00, 0x18), QColor(0xff, 0x8a, 0x80), QColor(0xff, 0xb4, 0xab)};
    case Tone::Warning:
        return {QColor(0xa1, 0x5c, 0x00), QColor(0x7a, 0x45, 0x00), QColor(0xff, 0xc1, 0x4d), QColor(0xff, 0xdd, 0x99)};
    case Tone::Muted:
        return {QColor(0x60, 0x60, 0x60), QColor(0x40, 0x40, 0x40), QColor(0xb0, 0xb0, 0xb0), QColor(0xd0, 0xd0, 0xd0)};
    case Tone::Normal:
        break;
    }
    return {};
}

void apply(QWidget *w);

// Re-applies tones after palette changes; one for the whole application.
class ToneKeeper : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto type = event->type();
        if (type == QEvent::ApplicationPaletteChange || type == QEvent::PaletteChange || type == QEvent::ParentChange) {
            // Filters run before the widget takes the new palette: apply afterwards. A change this
            // file makes itself is not a reason to apply again.
            auto *w = qobject_cast<QWidget *>(watched);
            if (w && !w->property(kApplyingProperty).toBool())
                QTimer::singleShot(0, w, [w] { apply(w); });
        }
        return false;
    }
};

ToneKeeper *keeper()
{
    static QPointer<ToneKeeper> instance;
    if (!instance)
        instance = new ToneKeeper(qApp);
    return instance;
}

QColor backgroundOf(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    return (parent ? parent->palette() : QApplication::palette()).color(w->backgroundRole());
}

void apply(QWidget *w)
{
    // Only the text roles are set, so everything else keeps following the parent and the desktop.
    QPalette palette;
    palette.setResolveMask(0);
    const Tone t = tone(w);
    if (t != Tone::Normal) {
        const QColor text = color(t, backgroundOf(w));
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::ButtonText, text);
    }
    w->setProperty(kApplyingProperty, true);
    w->setPalette(palette);
    w->setProperty(kApplyingProperty, false);
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor color(Tone tone, const QColor &background)
{
    const QList<QColor> options = candidates(tone);
    if (options.isEmpty())
        return QApplication::palette().color(QPalette::WindowText);
    for (const QColor &c : options) {
        if (contrast(c, background) >= 4.5)
            return c;
    }
    // Nothing coloured is readable enough (an unusual mid-grey window): black or white.
    return contrast(Qt::black, background) >= contrast(Qt::white, background) ? QColor(Qt::black) : QColor(Qt::white);
}

QColor color(Tone tone)
{
    return color(tone, QApplication::palette().color(QPalette::Window));
}

QColor colorOnBase(Tone tone)
{
    return color(tone, QApplication::palette().color(QPalette::Base));
}

void setTone(QWidget *widget, Tone tone)
{
    if (!widget)
        return;
    widget->setProperty(kToneProperty, int(tone));
    widget->removeEventFilter(keeper());
    widget->installEventFilter(keeper());
    apply(widget);
}

Tone tone(const QWidget *widget)
{
    return widget ? Tone(widget->property(kToneProperty).toInt()) : Tone::Normal;
}

} // namespace sd::ui::theme
