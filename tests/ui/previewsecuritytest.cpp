// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/previewprobe.h"

#include <QDesktopServices>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

using namespace lga;

namespace {

/// Receives the URLs the preview hands to the system browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

bool waitReady(ui::PreviewView &view)
{
    return QTest::qWaitFor([&] { return view.isReady(); }, 20000);
}

} // namespace

TEST(PreviewSecurity, ScriptPlacedInTheDomNeverRuns)
{
    ui::PreviewView view;
    view.resize(800, 600);
    view.show();
    ASSERT_TRUE(waitReady(view));
    // Bypass the sanitizer on purpose: even script that reaches the DOM must not run, because
    // JavaScript is off in the page's world and the content security policy forbids it.
    test::evaluate(
        &view, QStringLiteral(
                   "const s = document.createElement('script');"
                   "s.textContent = \"document.body.setAttribute('data-pwned', '1')\";"
                   "document.body.appendChild(s);"
                   "const i = document.createElement('img');"
                   "i.setAttribute('onerror', \"document.body.setAttribute('data-pwned', '2')\");"
                   "i.src = 'nonexistent.png';"
                   "document.body.appendChild(i); 0"));
    QTest::qWait(500);
    EXPECT_EQ(test::evaluate(&view, QStringLiteral("document.body.getAttribute('data-pwned')")),
              QVariant());
}

TEST(PreviewSecurity, ClickedLinksGoToTheSystemBrowserAndNeverNavigateTheView)
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    ui::PreviewView view;
    view.resize(800, 600);
    view.show();
    ASSERT_TRUE(waitReady(view));
    render::Block link{
        QStringLiteral("<p><a id=\"go\" href=\"https://www.gov.uk/register-to-vote\">Register to "
                       "vote</a></p>"),
        1, 1};
    view.showBlocks(1, {link});
    ASSERT_TRUE(test::waitForPreviewText(&view, QStringLiteral("Register to vote")));
    test::evaluate(&view, QStringLiteral("document.getElementById('go').click(); 0"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !catcher.urls.isEmpty(); }, 5000));
    ASSERT_EQ(catcher.urls.size(), 1);
    EXPECT_EQ(catcher.urls.first(), QUrl(QStringLiteral("https://www.gov.uk/register-to-vote")));
    QTest::qWait(300);
    EXPECT_EQ(view.url(), QUrl(QStringLiteral("qrc:/preview/preview.html")));
    EXPECT_TRUE(test::waitForPreviewText(&view, QStringLiteral("Register to vote")));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

#include "previewsecuritytest.moc"
