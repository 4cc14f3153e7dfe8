#include "main/AboutDialog.h"

#include "app/AppInfo.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(AppInfo::displayName()));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/tally.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setText(QStringLiteral("<h2>%1</h2>").arg(AppInfo::displayName().toHtmlEscaped()));
    title->setAlignment(Qt::AlignCenter);

    auto *version = new QLabel(this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setText(tr("Version %1").arg(AppInfo::version()));
    version->setAlignment(Qt::AlignCenter);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *details = new QLabel(this);
    details->setObjectName(QStringLiteral("aboutDetails"));
    details->setWordWrap(true);
    details->setAlignment(Qt::AlignCenter);
    details->setText(tr("A native chat client for OpenAI-compatible APIs that shows what every "
                        "message costs and how fast it is.")
                     + QStringLiteral("<br><br>")
                     + tr("Built with Qt %1, running on Qt %2.")
                           .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
                     + QStringLiteral("<br>") + tr("Released under the MIT License."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(version);
    layout->addWidget(details);
    layout->addWidget(buttons);
    setMinimumWidth(360);
}
