#pragma once

#include "spec/launchspec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class Catalog;

// Decides whether the sandbox accepts a launch, for every protocol: first the shared validator
// (the same rules the wizard shows), then the sandbox's world (does this image, key pair, VPC,
// subnet exist, in this zone?). Returns the first problem, naming its parameter.
class SpecChecker
{
    Q_DECLARE_TR_FUNCTIONS(SpecChecker)

public:
    struct Problem
    {
        QString field; // the API 2.0 parameter name, e.g. "cpu"
        QString message;
    };

    // `fields` limits the check to findings on those parameters (empty: every parameter).
    static std::optional<Problem> firstProblem(const LaunchSpec &spec, const Catalog &catalog,
                                               const QStringList &fields = {});

private:
    static std::optional<Problem> worldProblem(const LaunchSpec &spec, const QStringList &fields);
};
