#include "api/v2/v2instancepagereader.h"

#include "api/v2/jsonscanner.h"
#include "api/v2/v2fields.h"
#include "api/v2/v2parser.h"

namespace {

// Each field read at most once per object: a repeated key goes to the general parser, which
// knows which of the two QJsonDocument keeps.
class SeenKeys
{
public:
    bool first(int field)
    {
        const quint32 bit = quint32(1) << field;
        const bool firstTime = !(m_seen & bit);
        m_seen |= bit;
        return firstTime;
    }

private:
    quint32 m_seen = 0;
};

// An optional string: absent and null read as empty, anything but a string fails.
bool optionalString(JsonScanner &json, QString *out)
{
    if (json.readNull())
        return true;
    std::optional<QString> text = json.readString();
    if (!text)
        return false;
    *out = std::move(*text);
    return true;
}

bool optionalInt(JsonScanner &json, int *out)
{
    if (json.readNull())
        return true;
    const std::optional<int> value = json.readInt();
    if (!value)
        return false;
    *out = *value;
    return true;
}

bool stringList(JsonScanner &json, QStringList *out)
{
    if (json.readNull())
        return true;
    if (!json.enterArray())
        return false;
    while (json.nextElement()) {
        std::optional<QString> text = json.readString();
        if (!text)
            return false;
        out->append(std::move(*text));
    }
    return !json.failed();
}

bool time(JsonScanner &json, QDateTime *out)
{
    QString text;
    if (!optionalString(json, &text))
        return false;
    if (text.isEmpty())
        return true;
    *out = V2Fields::parseTime(text);
    return out->isValid();
}

enum InstanceField {
    Id,
    Status,
    Name,
    LanIp,
    WanIps,
    Cpu,
    Mem,
    ImageId,
    ZoneId,
    ZoneName,
    Os,
    CreateTime,
    DiskInfo
};

bool readInstance(JsonScanner &json, InstanceInfo *info)
{
    if (!json.enterObject())
        return false;
    SeenKeys seen;
    bool hasStatus = false;
    QByteArrayView key;
    while (json.nextMember(&key)) {
        bool ok = true;
        if (key == "unInstanceId") {
            std::optional<QString> id = seen.first(Id) ? json.readString() : std::nullopt;
            ok = id && !id->isEmpty();
            if (ok)
                info->instanceId = std::move(*id);
        } else if (key == "status") {
            const std::optional<int> status = seen.first(Status) ? json.readInt() : std::nullopt;
            ok = status.has_value();
            if (ok) {
                info->state = V2Parser::stateForStatus(*status);
                info->rawState = QString::number(*status);
                hasStatus = true;
            }
        } else if (key == "instanceName") {
            ok = seen.first(Name) && optionalString(json, &info->name);
        } else if (key == "lanIp") {
            ok = seen.first(LanIp) && optionalString(json, &info->lanIp);
        } else if (key == "wanIpSet") {
            ok = seen.first(WanIps) && stringList(json, &info->wanIps);
        } else if (key == "cpu") {
            ok = seen.first(Cpu) && optionalInt(json, &info->cpu);
        } else if (key == "mem") {
            ok = seen.first(Mem) && optionalInt(json, &info->mem);
        } else if (key == "unImgId") {
            ok = seen.first(ImageId) && optionalString(json, &info->imageId);
        } else if (key == "zoneId") {
            ok = seen.first(ZoneId) && optionalInt(json, &info->zoneId);
        } else if (key == "zoneName") {
            ok = seen.first(ZoneName) && optionalString(json, &info->zoneName);
        } else if (key == "os") {
            ok = seen.first(Os) && optionalString(json, &info->osName);
        } else if (key == "createTime") {
            ok = seen.first(CreateTime) && time(json, &info->createTime);
        } else if (key == "diskInfo") {
            // An object or an array (the docs show both), or nothing; its contents are unused.
            const JsonScanner::Kind kind = json.peek();
            if (!seen.first(DiskInfo))
                ok = false;
            else if (kind == JsonScanner::Kind::Object || kind == JsonScanner::Kind::Array)
                ok = json.skipValue();
            else
                ok = json.readNull();
        } else {
            ok = json.skipValue();
        }
        if (!ok || json.failed())
            return false;
    }
    return !json.failed() && hasStatus && !info->instanceId.isEmpty();
}

enum RootField { Code, Message, TotalCount, InstanceSet };

} // namespace

std::optional<InstancePage> V2InstancePageReader::read(QByteArrayView body)
{
    JsonScanner json(body);
    if (!json.enterObject())
        return std::nullopt;
    SeenKeys seen;
    std::optional<int> code;
    std::optional<int> totalCount;
    bool hasSet = false;
    InstancePage page;
    QByteArrayView key;
    while (json.nextMember(&key)) {
        bool ok = true;
        if (key == "code") {
            code = seen.first(Code) ? json.readInt() : std::nullopt;
            ok = code == 0; // an error answer is the general parser's to word
        } else if (key == "message") {
            QString ignored;
            ok = seen.first(Message) && optionalString(json, &ignored);
        } else if (key == "totalCount") {
            totalCount = seen.first(TotalCount) ? json.readInt() : std::nullopt;
            ok = totalCount.has_value();
        } else if (key == "instanceSet") {
            ok = seen.first(InstanceSet) && json.enterArray();
            page.instances.reserve(100);
            while (ok && json.nextElement()) {
                InstanceInfo info;
                ok = readInstance(json, &info);
                page.instances.append(std::move(info));
            }
            ok = ok && !json.failed();
            hasSet = ok;
        } else {
            ok = json.skipValue();
        }
        if (!ok || json.failed())
            return std::nullopt;
    }
    if (!json.finish() || code != 0 || !totalCount || !hasSet)
        return std::nullopt;
    page.totalCount = *totalCount;
    if (page.totalCount < page.instances.size())
        return std::nullopt;
    return page;
}
