#include "settings/SettingsDialog.h"

#include "app/AppContext.h"
#include "common/Widgets.h"
#include "settings/AppearancePage.h"
#include "settings/AppSettings.h"
#include "settings/ChatDefaultsPage.h"
#include "settings/DataPage.h"
#include "settings/ModelsPage.h"
#include "settings/NetworkPage.h"
#include "settings/ProfileDraft.h"
#include "settings/ProvidersPage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <memory>

SettingsDialog::SettingsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_settings(context.settings())
    , m_secrets(context.secrets())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    // One draft of the profiles for the two pages that edit them; it lives as long as the dialog.
    auto *draft = new ProfileDraft(this);
    draft->load(m_settings);
    m_pages = {new ProvidersPage(context, *draft, this), new ModelsPage(context, *draft, this),
               new ChatDefaultsPage(context, this), new NetworkPage(context, this),
               new AppearancePage(context, this), new DataPage(context, this)};
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("settingsNavigation"));
    m_navigation->setAccessibleName(tr("Settings pages"));
    m_navigation->setMaximumWidth(180);
    m_stack = new QStackedWidget(this);
    for (SettingsPage *page : std::as_const(m_pages)) {
        m_navigation->addItem(page->title());
        m_stack->addWidget(page);
        page->load(m_settings);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOk"));
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("settingsApply"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("settingsCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (applyChanges())
            storeSecrets(true);
    });
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        if (applyChanges())
            storeSecrets(false);
    });
    m_message = Widgets::statusLabel(this, "settingsMessage");
    m_message->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_message->hide();
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_navigation);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(860, 600);
}

void SettingsDialog::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

bool SettingsDialog::applyChanges()
{
    // All pages are checked before any is stored: a half-applied set of settings helps no one.
    for (int i = 0; i < m_pages.size(); ++i) {
        if (!m_pages.at(i)->validate()) {
            showPage(i);
            return false;
        }
    }
    for (SettingsPage *page : std::as_const(m_pages))
        page->apply(m_settings);
    QString error;
    if (!m_settings.sync(&error)) {
        // The values stay in the dialog, so nothing typed is lost; the user can free space and retry.
        m_message->setText(error);
        m_message->show();
        return false;
    }
    m_message->hide();
    Q_EMIT settingsApplied();
    return true;
}

void SettingsDialog::storeSecrets(bool closeWhenDone)
{
    QList<SettingsPage *> pending;
    for (SettingsPage *page : std::as_const(m_pages)) {
        if (page->hasPendingSecrets())
            pending << page;
    }
    if (pending.isEmpty()) {
        Q_EMIT secretsStored(true);
        if (closeWhenDone)
            accept();
        return;
    }
    // The keychain may ask the user to unlock it; the buttons wait for its answer.
    m_buttons->setEnabled(false);
    auto waiting = std::make_shared<qsizetype>(pending.size());
    auto errors = std::make_shared<QStringList>();
    for (SettingsPage *page : std::as_const(pending)) {
        page->storeSecrets(m_secrets, [this, page, closeWhenDone, waiting, errors](const QStringList &failed) {
            if (!failed.isEmpty() && errors->isEmpty())
                showPage(int(m_pages.indexOf(page)));
            *errors << failed;
            if (--*waiting > 0)
                return;
            m_buttons->setEnabled(true);
            if (!errors->isEmpty()) {
                // What was typed stays in its field, so Apply can simply be pressed again.
                m_message->setText(errors->join(u'\n'));
                m_message->show();
                Q_EMIT secretsStored(false);
                return;
            }
            Q_EMIT settingsApplied(); // a new key or password can make a waiting request usable
            Q_EMIT secretsStored(true);
            if (closeWhenDone)
                accept();
        });
    }
}
