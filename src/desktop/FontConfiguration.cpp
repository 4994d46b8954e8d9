// SPDX-License-Identifier: MIT
#include "FontConfiguration.h"

#include <fontconfig/fontconfig.h>

namespace knead {

void loadFontConfiguration()
{
    FcInit();
}

} // namespace knead
