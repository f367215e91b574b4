#include "GuideDialog.h"

#include "Named.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

namespace sd::ui {

namespace {

QString keys(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText).toHtmlEscaped();
}

QString section(const QString &anchor, const QString &title, const QStringList &paragraphs)
{
    QString html = QStringLiteral("<h3><a name=\"%1\"></a>%2</h3>").arg(anchor, title.toHtmlEscaped());
    for (const QString &p : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(p);
    return html;
}

} // namespace

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(named(new QTextBrowser(this), QStringLiteral("guideBrowser"), tr("Getting started guide")))
{
    named(this, QStringLiteral("guideDialog"), tr("Getting started guide"));
    setWindowTitle(tr("Getting started with Sourcedesk"));
    m_browser->setOpenLinks(true); // the table of contents jumps to the sections
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(guideHtml());
    auto *buttons = named(new QDialogButtonBox(QDialogButtonBox::Close, this), QStringLiteral("guideButtons"),
                          tr("Dialog buttons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 600);
}

QStringList GuideDialog::sectionAnchors()
{
    return {QStringLiteral("connect"), QStringLiteral("campaigns"), QStringLiteral("sequences"),
            QStringLiteral("replies"), QStringLiteral("synclog"),   QStringLiteral("shortcuts")};
}

QString GuideDialog::guideHtml()
{
    const QStringList anchors = sectionAnchors();
    const QStringList titles = {tr("Connect SmartRecruiters"),
                                tr("Campaigns and importing"),
                                tr("Sequences and your mailbox"),
                                tr("Replies and tasks"),
                                tr("The sync log and what needs attention"),
                                tr("Keyboard shortcuts")};
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><ul>")
                       .arg(tr("Getting started").toHtmlEscaped(),
                            tr("Sourcedesk is where you source and contact candidates; SmartRecruiters stays "
                               "your ATS. These steps take you from an empty workspace to your first "
                               "candidates in SmartRecruiters.")
                                .toHtmlEscaped());
    for (int i = 0; i < anchors.size(); ++i)
        html += QStringLiteral("<li><a href=\"#%1\">%2</a></li>")
                    .arg(anchors.at(i), titles.at(i).toHtmlEscaped());
    html += QStringLiteral("</ul>");

    html += section(
        anchors.at(0), titles.at(0),
        {tr("Open <b>Settings → Integration: SmartRecruiters</b> (%1 shows Settings). Choose <i>Sign in with "
            "SmartRecruiters</i>, click <b>Connect</b>, log in and click <i>Allow access</i>; or paste an "
            "API "
            "key from your SmartRecruiters admin. <b>Test integration</b> lists the permissions that are "
            "granted, and <b>Insert test candidate</b> shows you what a push looks like.")
             .arg(keys(QKeySequence(Qt::CTRL | Qt::Key_3))),
         tr("On <b>Settings → SmartRecruiters sync</b> decide when a person is added to SmartRecruiters "
            "(when "
            "added to a campaign, only when they reply, or only when they are interested), which fields are "
            "mandatory, and whether each field is <i>always updated</i> or <i>only updated if blank</i>. "
            "Team defaults apply to everyone; a locked default cannot be changed."),
         tr("On <b>Settings → Hiring stages</b> download the stages from SmartRecruiters, map every stage to "
            "a "
            "pipeline status and save. The stage sync then moves your campaign members once a day.")});
    html += section(
        anchors.at(1), titles.at(1),
        {tr("Create a campaign with <b>File → New campaign</b> (%1) and link it to a SmartRecruiters job; "
            "the "
            "job status whitelist decides which jobs are offered.")
             .arg(keys(QKeySequence::New)),
         tr("Bring people in with <b>File → Import CSV</b> (%1): pick the file, match its columns to the "
            "candidate fields, and choose what happens to duplicates. <b>Search SmartRecruiters</b> (%2) "
            "finds "
            "people already in your ATS.")
             .arg(keys(QKeySequence(Qt::CTRL | Qt::Key_I)),
                  keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)))});
    html += section(
        anchors.at(2), titles.at(2),
        {tr("Set up <b>Settings → Mailbox</b> first: your provider, address and password or token (kept in "
            "this computer's keychain), then <b>Test connection</b>. Sending limits keep you clear of your "
            "provider's limits."),
         tr("In a campaign, <b>Sequence…</b> (%1) writes the steps: emails, LinkedIn steps and calls, with "
            "placeholders such as {firstName}. <b>Enroll in sequence…</b> (%2) starts it for the selected "
            "members; people on the <i>Do not contact</i> list are never enrolled.")
             .arg(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)),
                  keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)))});
    html += section(
        anchors.at(3), titles.at(3),
        {tr("<b>Replies</b> (%1) shows the newest answers. Mark people interested (%2) or not interested "
            "(%3): "
            "with \"only when they reply\" or \"only when they are interested\" that is the moment they are "
            "added to SmartRecruiters.")
             .arg(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)), keys(QKeySequence(Qt::Key_I)),
                  keys(QKeySequence(Qt::Key_N))),
         tr("<b>Today</b> (%1) lists the LinkedIn steps, calls and other tasks due today or overdue.")
             .arg(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)))});
    html += section(
        anchors.at(4), titles.at(4),
        {tr("The <b>Sync log</b> (%1) shows everything sent to SmartRecruiters. When SmartRecruiters refuses "
            "something, the status bar shows it in red: click it to see the jobs that need your attention, "
            "fix the cause and click <b>Retry</b>.")
             .arg(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y))),
         tr("The <b>Review queue</b> (%1) holds possible matches waiting for your decision; <b>Out of "
            "step</b> "
            "(%2) lists candidates that differ between Sourcedesk and SmartRecruiters.")
             .arg(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)),
                  keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)))});

    const std::pair<QString, QKeySequence> shortcuts[] = {
        {tr("Search everywhere"), QKeySequence(Qt::CTRL | Qt::Key_K)},
        {tr("Find candidates"), QKeySequence(QKeySequence::Find)},
        {tr("New campaign"), QKeySequence(QKeySequence::New)},
        {tr("Import CSV"), QKeySequence(Qt::CTRL | Qt::Key_I)},
        {tr("Export CSV"), QKeySequence(Qt::CTRL | Qt::Key_E)},
        {tr("Campaigns, Candidates, Settings"), QKeySequence(Qt::CTRL | Qt::Key_1)},
        {tr("Sync log"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)},
        {tr("Replies"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)},
        {tr("Today's tasks"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
        {tr("Getting started guide"), QKeySequence(QKeySequence::HelpContents)},
        {tr("What's This? (then click a control)"), QKeySequence(Qt::SHIFT | Qt::Key_F1)},
        {tr("All keyboard shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash)},
    };
    QString table = QStringLiteral("<table cellpadding=\"3\">");
    for (const auto &[text, key] : shortcuts) {
        QString k = keys(key);
        if (key == QKeySequence(Qt::CTRL | Qt::Key_1)) // the three views are Ctrl+1, 2 and 3
            k = tr("%1, %2, %3")
                    .arg(k, keys(QKeySequence(Qt::CTRL | Qt::Key_2)),
                         keys(QKeySequence(Qt::CTRL | Qt::Key_3)));
        table += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k, text.toHtmlEscaped());
    }
    table += QStringLiteral("</table>");
    html += section(anchors.at(5), titles.at(5),
                    {table, tr("Every setting explains itself: hover over it, or press %1 and click it. "
                               "<b>Help → Keyboard shortcuts</b> lists every key of the window.")
                                .arg(keys(QKeySequence(Qt::SHIFT | Qt::Key_F1)))});
    return html;
}

} // namespace sd::ui
