#include "settings/SettingsDialog.h"

#include "app/AppContext.h"
#include "settings/AppSettings.h"
#include "settings/ModelsPage.h"
#include "settings/AppearancePage.h"
#include "settings/ChatDefaultsPage.h"
#include "settings/NetworkPage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_settings(context.settings())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_pages = {new ChatDefaultsPage(this), new ModelsPage(context, this), new NetworkPage(this), new AppearancePage(this)};
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
            accept();
    });
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::applyChanges);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_navigation);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);
    resize(720, 460);
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
    for (const SettingsPage *page : std::as_const(m_pages))
        page->apply(m_settings);
    m_settings.sync();
    Q_EMIT settingsApplied();
    return true;
}
