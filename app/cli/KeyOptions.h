#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The arguments of `tally-cli key set NAME | delete NAME | status NAME` as a value, read and
// checked before the profile or the keychain is looked at. The key itself is never an argument
// (`ps` would show it): `set` reads it from stdin.
struct KeyOptions
{
    Q_DECLARE_TR_FUNCTIONS(KeyOptions)

public:
    enum class Action { Help, Set, Delete, Status };

    Action action = Action::Help;
    QString profile;

    // `arguments` starts with the program name. False with the usage line in `error` unless
    // they are --help (or -h), or an action and one profile name.
    bool read(const QStringList &arguments, QString *error);
    static QString helpText();
};
