/* bs-framework-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "bs-framework.h"

G_BEGIN_DECLS

BsFramework *_bs_framework_new_from_doc (xmlDoc      *doc,
                                         const char  *path,
                                         const char  *display_name,
                                         GError     **error);

G_END_DECLS
