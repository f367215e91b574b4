#pragma once

#include <QCoreApplication>

namespace sd::cli {

// Every user-visible string of the command line goes through Tr::tr(), translation context "sd::cli".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli)
};

} // namespace sd::cli
