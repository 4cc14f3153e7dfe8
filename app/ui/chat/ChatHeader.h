#pragma once

#include "settings/ProviderProfile.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class ElidedLabel;
class QLabel;
class QToolButton;

// Above the transcript: the conversation's title, and the profile, model and temperature it
// uses. Choosing here overrides the defaults for this conversation only.
class ChatHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit ChatHeader(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    // The models the profile's provider lists (the profile's default stays first).
    void setModels(const QStringList &models);
    // "Choose another model": the model list opens, ready to pick from or type in.
    void openModelList();
    void setProfiles(const QList<ProviderProfile> &profiles);
    // The conversation's choices; empty model or unset temperature show the defaults.
    void setSelection(const QString &profileName, const QString &model, std::optional<double> temperature,
                      double defaultTemperature);

    // Whether the conversation has a system prompt of its own, and what it says (the tooltip).
    // Disabled while no conversation is open (there is nothing to store it with).
    void setSystemPrompt(const QString &prompt, bool available = true);

    QString profileName() const;
    QString model() const;
    double temperature() const;

Q_SIGNALS:
    // The user changed the profile, the model or the temperature.
    void selectionEdited();
    void refreshModelsRequested();
    void systemPromptRequested();

private:
    void retranslate();
    QLabel *m_temperatureLabel = nullptr;
    ElidedLabel *m_title = nullptr;
    QToolButton *m_refreshModels = nullptr;
    QToolButton *m_systemPrompt = nullptr;
    QString m_systemPromptText;
    QComboBox *m_profile = nullptr;
    QComboBox *m_model = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QList<ProviderProfile> m_profiles;
    bool m_updating = false;
};
