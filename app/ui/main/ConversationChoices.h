#pragma once

#include "chat/ConversationSession.h"
#include "domain/Conversation.h"
#include "settings/ProviderProfile.h"

#include <QObject>

class AppContext;
class ChatHeader;
class ModelCatalog;
struct StoreError;

// The open conversation's provider choices, between the header and the store: which profile,
// model and temperature it uses (its own overrides, else the defaults), that profile's API key
// (looked up without blocking) and the profile's model list for the header. Profiles changed
// with tally-cli while the window is open are picked up from the settings file.
class ConversationChoices final : public QObject
{
    Q_OBJECT

public:
    ConversationChoices(AppContext &context, ChatHeader *header, QObject *parent = nullptr);

    // Reads the profiles again and shows the open conversation's choices with them.
    void reloadProfiles();
    // The conversation now open (0: none), as the store has it: the header shows its choices.
    void show(qint64 conversationId, const std::optional<Conversation> &conversation);

    const QList<ProviderProfile> &profiles() const { return m_profiles; }
    const ProviderProfile &profile() const { return m_profile; }
    const QString &modelId() const { return m_modelId; }
    const QString &apiKey() const { return m_apiKey; }
    // True while the key is looked up or missing for a profile that needs one.
    bool keyMissing() const { return m_profile.needsKey && m_apiKey.isEmpty(); }
    bool lookingUpKey() const { return m_lookingUp; }
    // Why sending cannot go yet (no key, the keychain failed); empty when it can.
    const QString &keyProblem() const { return m_keyProblem; }
    // What the open conversation's next request is sent with.
    ConversationSession::Settings sendSettings() const;

Q_SIGNALS:
    // A key was found, found missing or is being looked up.
    void keyStateChanged();
    // The user chose another profile, model or temperature (stored with the conversation).
    void choicesEdited();
    void problem(qint64 conversationId, const QString &message);
    void modelListFailed(const QString &message);

private:
    std::optional<Conversation> stored(qint64 conversationId) const;
    void resolveKey();
    void saveEdited();
    void watchSettingsFile();
    QString keyHelp() const;

    AppContext &m_context;
    ChatHeader *m_header;
    ModelCatalog *m_models;
    QList<ProviderProfile> m_profiles;
    ProviderProfile m_defaultProfile;
    ProviderProfile m_profile;
    QString m_modelId;
    double m_temperature = 0.7;
    QString m_apiKey;
    QString m_keyProblem;
    qint64 m_conversation = 0;
    bool m_lookingUp = false;
    int m_lookup = 0; // which resolveKey() call is the latest
};
