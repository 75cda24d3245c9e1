// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "validation/suggestion.h"

#include "spec/specfields.h"

bool Suggestion::applyTo(LaunchSpec &spec) const
{
    const std::optional<SpecField> target = SpecFields::fromKey(field);
    if (!target)
        return false;
    // A secret is never suggested, only taken away. The region is never a fix of its own: it
    // is where the zone is.
    if ((SpecFields::info(*target).secret && value.isValid()) || *target == SpecField::Region)
        return false;
    return SpecFields::setValue(spec, *target, value);
}
