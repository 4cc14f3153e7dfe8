#include "settings/ProfileDraft.h"

#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "settings/ProfileList.h"

#include <QFont>
#include <QRegularExpression>

#include <memory>

namespace {

// "Name: value" per line, as HTTP wants them; nullopt (and the bad line in `badLine`) if one is not.
std::optional<QList<QPair<QByteArray, QByteArray>>> parseHeaders(const QString &text, QString *badLine)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    QList<QPair<QByteArray, QByteArray>> headers;
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QString name = colon > 0 ? line.left(colon).trimmed() : QString();
        if (!token.match(name).hasMatch()) {
            *badLine = line;
            return std::nullopt;
        }
        headers.append({name.toUtf8(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    return headers;
}

QString headersText(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines << QString::fromUtf8(name + ": " + value);
    return lines.join(u'\n');
}

QUrl baseUrlFrom(const QVariant &value)
{
    return QUrl(value.toString().trimmed(), QUrl::StrictMode);
}

} // namespace

void ProfileDraft::load(const AppSettings &settings)
{
    // ProfileList adds the built-in profile when nothing is saved yet.
    const ProfileList list = ProfileList::load(settings);
    beginResetModel();
    m_profiles = list.profiles();
    m_defaultId = list.defaultProfile().id;
    m_pendingKeys.clear();
    m_accountsToDelete.clear();
    endResetModel();
}

void ProfileDraft::save(AppSettings &settings) const
{
    settings.setProfiles(m_profiles);
    const std::optional<ProviderProfile> defaultProfile = byId(m_defaultId);
    settings.setDefaultProfileName(defaultProfile ? defaultProfile->name : QString());
}

int ProfileDraft::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int ProfileDraft::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileDraft::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const ProviderProfile &profile = m_profiles.at(index.row());
    const bool isDefault = profile.id == m_defaultId;
    if (role == IdRole)
        return profile.id;
    if (role == Qt::FontRole && index.column() == Name && isDefault) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::DisplayRole && index.column() == Name && isDefault)
        return tr("%1 (default)").arg(profile.name);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Name: return profile.name;
    case Provider: {
        const std::optional<ProviderPreset> preset = ProviderPreset::find(profile.preset);
        return preset ? preset->name : tr("Custom (OpenAI-compatible)");
    }
    case BaseUrl: return profile.baseUrl.toString();
    case KeyVariable: return profile.keyVariable;
    case Http2: return profile.http2;
    case AllowKeyOverHttp: return profile.allowKeyOverHttp;
    case Headers: return headersText(profile.extraHeaders);
    case DefaultModel: return profile.defaultModel;
    case ContextWindow: return profile.contextWindow.value_or(0);
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags ProfileDraft::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return index.isValid() && index.column() != Provider ? flags | Qt::ItemIsEditable : flags;
}

QString ProfileDraft::problem(int row, int column, const QVariant &value) const
{
    switch (Column(column)) {
    case Name: {
        const QString name = value.toString().trimmed();
        if (!ProviderProfile::isValidName(name))
            return tr("Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit: it is what "
                      "tally-cli --profile takes.");
        for (int other = 0; other < m_profiles.size(); ++other) {
            if (other != row && m_profiles.at(other).name.compare(name, Qt::CaseInsensitive) == 0)
                return tr("A profile named \"%1\" already exists.").arg(name);
        }
        return {};
    }
    case BaseUrl: {
        if (value.toString().trimmed().isEmpty())
            return tr("Enter the server's base URL, the http:// or https:// address its documentation gives for "
                      "OpenAI-compatible requests.");
        const QUrl url = baseUrlFrom(value);
        const bool ok = url.isValid() && !url.host().isEmpty() && (url.scheme() == u"http" || url.scheme() == u"https")
            && !url.hasQuery() && !url.hasFragment();
        return ok ? QString()
                  : tr("Enter an http:// or https:// address without a query, such as https://api.holysheep.ai/v1.");
    }
    case KeyVariable: {
        static const QRegularExpression variable(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)?$"));
        return variable.match(value.toString().trimmed()).hasMatch()
            ? QString()
            : tr("An environment variable name has letters, digits and '_', and does not start with a digit.");
    }
    case Headers: {
        QString badLine;
        return parseHeaders(value.toString(), &badLine)
            ? QString()
            : tr("\"%1\" is not a header: write one \"Name: value\" per line.").arg(badLine);
    }
    case ContextWindow:
        return value.toLongLong() >= 0 ? QString() : tr("The context window is a number of tokens, or 0 if unknown.");
    case Provider: case Http2: case AllowKeyOverHttp: case DefaultModel: case ColumnCount: break;
    }
    return {};
}

bool ProfileDraft::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable) || !problem(index.row(), index.column(), value).isEmpty())
        return false;
    ProviderProfile &profile = m_profiles[index.row()];
    const ProviderProfile before = profile;
    switch (Column(index.column())) {
    case Name: profile.name = value.toString().trimmed(); break;
    case BaseUrl: profile.baseUrl = baseUrlFrom(value); break;
    case KeyVariable: profile.keyVariable = value.toString().trimmed(); break;
    case Http2: profile.http2 = value.toBool(); break;
    case AllowKeyOverHttp: profile.allowKeyOverHttp = value.toBool(); break;
    case Headers: {
        QString badLine;
        profile.extraHeaders = *parseHeaders(value.toString(), &badLine);
        break;
    }
    case DefaultModel: profile.defaultModel = value.toString().trimmed(); break;
    case ContextWindow:
        profile.contextWindow = value.toLongLong() > 0 ? std::optional<qint64>(value.toLongLong()) : std::nullopt;
        break;
    case Provider: case ColumnCount: return false;
    }
    if (profile != before)
        Q_EMIT dataChanged(index, index);
    return true;
}

int ProfileDraft::rowOf(const QString &id) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<ProviderProfile> ProfileDraft::byId(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional<ProviderProfile>(m_profiles.at(row));
}

bool ProfileDraft::add(const ProviderProfile &profile, QString *error)
{
    *error = problem(-1, Name, profile.name);
    if (!error->isEmpty())
        return false;
    const int row = int(m_profiles.size());
    beginInsertRows({}, row, row);
    m_profiles.append(profile);
    endInsertRows();
    return true;
}

bool ProfileDraft::remove(const QString &id, QString *error)
{
    const int row = rowOf(id);
    if (row < 0) {
        *error = tr("There is no profile \"%1\".").arg(id);
        return false;
    }
    const ProviderProfile profile = m_profiles.at(row);
    if (m_profiles.size() == 1) {
        *error = tr("\"%1\" is the only profile; add another one before removing it.").arg(profile.name);
        return false;
    }
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    endRemoveRows();
    // A removed profile must not leave its key behind in the keychain.
    m_pendingKeys.remove(id);
    m_accountsToDelete.insert(id, profile.secretAccount());
    if (id == m_defaultId)
        setDefault(m_profiles.first().id);
    return true;
}

void ProfileDraft::setDefault(const QString &id)
{
    const int before = rowOf(m_defaultId);
    const int after = rowOf(id);
    if (after < 0 || before == after)
        return;
    m_defaultId = id;
    for (const int row : {before, after}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row, Name), index(row, Name), {Qt::DisplayRole, Qt::FontRole});
    }
}

QString ProfileDraft::unusedName(const QString &base) const
{
    QString name = base;
    for (int n = 2; !problem(-1, Name, name).isEmpty(); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

void ProfileDraft::setPendingKey(const QString &id, const QString &key)
{
    if (key.trimmed().isEmpty()) {
        m_pendingKeys.remove(id);
    } else {
        m_pendingKeys.insert(id, key.trimmed());
        m_accountsToDelete.remove(id); // a new key replaces the old one anyway
    }
}

void ProfileDraft::forgetKey(const QString &id)
{
    const std::optional<ProviderProfile> profile = byId(id);
    if (!profile)
        return;
    m_pendingKeys.remove(id);
    m_accountsToDelete.insert(id, profile->secretAccount());
}

void ProfileDraft::storeSecrets(SecretStore &store, const std::function<void(const QStringList &errors)> &done)
{
    struct Batch
    {
        int waiting = 0;
        QStringList errors;
        std::function<void(const QStringList &)> done;
    };
    auto batch = std::make_shared<Batch>();
    batch->done = done;
    batch->waiting = int(m_pendingKeys.size() + m_accountsToDelete.size());
    if (batch->waiting == 0) {
        QMetaObject::invokeMethod(this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    const auto finishOne = [batch] {
        if (--batch->waiting == 0)
            batch->done(batch->errors);
    };
    for (auto it = m_pendingKeys.cbegin(); it != m_pendingKeys.cend(); ++it) {
        const QString id = it.key();
        const std::optional<ProviderProfile> profile = byId(id);
        const QString account = profile ? profile->secretAccount() : QString();
        const QString name = profile ? profile->name : id;
        store.writeSecret(account, it.value(), this, [this, batch, finishOne, id, name](const SecretResult &result) {
            if (result.ok()) {
                m_pendingKeys.remove(id);
                Q_EMIT secretsStored(id);
            } else {
                batch->errors << tr("The key for \"%1\" was not stored in the OS keychain: %2. Tally never writes "
                                    "keys to files; the key is kept in this dialog so you can try again.")
                                     .arg(name, result.message);
            }
            finishOne();
        });
    }
    for (auto it = m_accountsToDelete.cbegin(); it != m_accountsToDelete.cend(); ++it) {
        const QString id = it.key();
        store.deleteSecret(it.value(), this, [this, batch, finishOne, id](const SecretResult &result) {
            if (result.ok() || result.status == SecretResult::Status::NotFound) {
                m_accountsToDelete.remove(id);
                Q_EMIT secretsStored(id);
            } else {
                batch->errors << tr("A key could not be deleted from the OS keychain: %1").arg(result.message);
            }
            finishOne();
        });
    }
}
