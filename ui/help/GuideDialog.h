#pragma once

#include <QDialog>
#include <QStringList>

class QTextBrowser;

namespace sd::ui {

// Help → Getting started guide: a short guide in a browser, from connecting SmartRecruiters to the
// keyboard shortcuts. The page is built from tr() strings (translated like the rest of the UI) and
// the shortcuts are spelled by QKeySequence, so they read right on every platform.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The guide as HTML, and the anchors of its sections ("connect", "campaigns", …) in order.
    static QString guideHtml();
    static QStringList sectionAnchors();

private:
    QTextBrowser *m_browser;
};

} // namespace sd::ui
