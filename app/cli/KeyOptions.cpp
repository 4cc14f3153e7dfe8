#include "KeyOptions.h"

bool KeyOptions::read(const QStringList &arguments, QString *error)
{
    const QString verb = arguments.value(1);
    if (verb == u"--help" || verb == u"-h") {
        action = Action::Help;
        return true;
    }
    if ((verb != u"set" && verb != u"delete" && verb != u"status") || arguments.size() != 3) {
        *error = tr("Usage: tally-cli key set NAME | delete NAME | status NAME");
        return false;
    }
    action = verb == u"set" ? Action::Set : verb == u"delete" ? Action::Delete : Action::Status;
    profile = arguments.at(2);
    return true;
}

QString KeyOptions::helpText()
{
    return tr("Usage: tally-cli key set NAME | delete NAME | status NAME\n"
              "  set     read the key from stdin and store it in the OS keychain\n"
              "  delete  remove the profile's key from the keychain\n"
              "  status  say where the profile's key comes from\n");
}
