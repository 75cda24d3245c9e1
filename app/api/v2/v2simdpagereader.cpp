// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v2/v2simdpagereader.h"

#include "api/simdanswer.h"
#include "api/v2/v2parser.h"

namespace {

using Value = SimdAnswer::Value;

bool time(Value &value, QDateTime *out)
{
    QString text;
    if (!SimdAnswer::text(value, &text))
        return false;
    if (text.isEmpty())
        return true;
    *out = V2Parser::parseTime(text);
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
    Bandwidth,
    ImageId,
    ZoneId,
    ZoneName,
    Os,
    CreateTime,
    DiskInfo
};

// diskInfo: an object or an array (the docs show both), or nothing; its contents are unused.
bool diskInfo(Value &value)
{
    simdjson::ondemand::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS)
        return false;
    if (type != simdjson::ondemand::json_type::object &&
        type != simdjson::ondemand::json_type::array && type != simdjson::ondemand::json_type::null)
        return false;
    return SimdAnswer::skip(value);
}

bool field(std::string_view key, Value &v, SimdAnswer::SeenKeys &seen, InstanceInfo *info,
           bool *hasStatus)
{
    if (key == "unInstanceId")
        return seen.first(Id) && SimdAnswer::requiredText(v, &info->instanceId) &&
               !info->instanceId.isEmpty();
    if (key == "status") {
        int status = 0;
        if (!seen.first(Status) || !SimdAnswer::requiredInteger(v, &status))
            return false;
        info->state = V2Parser::stateForStatus(status);
        info->rawState = QString::number(status);
        *hasStatus = true;
        return true;
    }
    if (key == "instanceName")
        return seen.first(Name) && SimdAnswer::text(v, &info->name);
    if (key == "lanIp")
        return seen.first(LanIp) && SimdAnswer::text(v, &info->lanIp);
    if (key == "wanIpSet")
        return seen.first(WanIps) && SimdAnswer::texts(v, &info->wanIps);
    if (key == "cpu")
        return seen.first(Cpu) && SimdAnswer::integer(v, &info->cpu);
    if (key == "mem")
        return seen.first(Mem) && SimdAnswer::integer(v, &info->mem);
    if (key == "bandwidth")
        return seen.first(Bandwidth) && SimdAnswer::integer(v, &info->bandwidth);
    if (key == "unImgId")
        return seen.first(ImageId) && SimdAnswer::text(v, &info->imageId);
    if (key == "zoneId")
        return seen.first(ZoneId) && SimdAnswer::integer(v, &info->zoneId);
    if (key == "zoneName")
        return seen.first(ZoneName) && SimdAnswer::text(v, &info->zoneName);
    if (key == "os")
        return seen.first(Os) && SimdAnswer::text(v, &info->osName);
    if (key == "createTime")
        return seen.first(CreateTime) && time(v, &info->createTime);
    if (key == "diskInfo")
        return seen.first(DiskInfo) && diskInfo(v);
    return SimdAnswer::skip(v);
}

bool readInstance(Value &element, InstanceInfo *info)
{
    SimdAnswer::Object object;
    if (element.get_object().get(object) != simdjson::SUCCESS)
        return false;
    SimdAnswer::SeenKeys seen;
    bool hasStatus = false;
    for (auto member : object) {
        SimdAnswer::Field f;
        std::string_view key;
        if (std::move(member).get(f) != simdjson::SUCCESS || !SimdAnswer::plainKey(f, &key) ||
            !field(key, f.value(), seen, info, &hasStatus))
            return false;
    }
    return hasStatus && !info->instanceId.isEmpty();
}

bool instanceSet(Value &value, QList<InstanceInfo> *instances)
{
    simdjson::ondemand::array array;
    if (value.get_array().get(array) != simdjson::SUCCESS)
        return false;
    instances->reserve(100); // a page holds at most 100 (DescribeInstances' Limit)
    for (auto element : array) {
        Value item;
        InstanceInfo info;
        // simdjson's result get() is &&-qualified: the move is its calling convention.
        // NOLINTNEXTLINE(performance-move-const-arg)
        if (std::move(element).get(item) != simdjson::SUCCESS || !readInstance(item, &info))
            return false;
        instances->append(std::move(info));
    }
    return true;
}

enum RootField { Code, Message, TotalCount, InstanceSet };

} // namespace

std::optional<InstancePage> V2SimdPageReader::read(QByteArrayView body)
{
    std::optional<int> code;
    std::optional<int> totalCount;
    bool hasSet = false;
    InstancePage page;
    const bool read = SimdAnswer::readRoot(body, [&](SimdAnswer::Object &root) {
        SimdAnswer::SeenKeys seen;
        for (auto member : root) {
            SimdAnswer::Field f;
            std::string_view key;
            if (std::move(member).get(f) != simdjson::SUCCESS || !SimdAnswer::plainKey(f, &key))
                return false;
            Value &v = f.value();
            bool ok = true;
            if (key == "code") {
                int value = -1;
                // An error answer is the general parser's to word.
                ok = seen.first(Code) && SimdAnswer::requiredInteger(v, &value) && value == 0;
                code = value;
            } else if (key == "message") {
                QString ignored;
                ok = seen.first(Message) && SimdAnswer::text(v, &ignored);
            } else if (key == "totalCount") {
                int value = 0;
                ok = seen.first(TotalCount) && SimdAnswer::requiredInteger(v, &value);
                totalCount = value;
            } else if (key == "instanceSet") {
                ok = seen.first(InstanceSet) && instanceSet(v, &page.instances);
                hasSet = ok;
            } else {
                ok = SimdAnswer::skip(v);
            }
            if (!ok)
                return false;
        }
        return true;
    });
    if (!read || code != 0 || !totalCount || !hasSet || *totalCount < page.instances.size())
        return std::nullopt;
    page.totalCount = *totalCount;
    return page;
}
