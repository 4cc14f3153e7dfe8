#pragma once

#include <QCoreApplication>
#include <QStringList>

class AppSettings;
class ProfileList;
class QTextStream;
struct ProfilesOptions;
struct ProviderProfile;

// `tally-cli profiles list | show NAME | add NAME --base-url URL [--model ID] [--preset P] |
// remove NAME | default NAME`: the provider profiles the app uses, from the command line. The
// arguments are read into a value (ProfilesOptions) and checked; then each action is one method.
class ProfilesCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesCommand)

public:
    explicit ProfilesCommand(QTextStream &err)
        : m_err(err)
    {
    }
    int run(const QStringList &arguments);

private:
    static void list(const ProfileList &profiles);
    int show(const ProfileList &profiles, const QString &name);
    // Where the profile's key comes from, in words (asks the keychain).
    static QString keyDescription(const ProviderProfile &profile);
    // add, remove and default: change the list, then save it.
    int change(ProfileList &profiles, const ProfilesOptions &options, AppSettings &settings);
    bool remove(ProfileList &profiles, const QString &name, QString *error);

    QTextStream &m_err;
};
