/* bs-file.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-assessment.h"

G_BEGIN_DECLS

typedef enum
{
  BS_FILE_KIND_FRAMEWORK,
  BS_FILE_KIND_ASSESSMENT,
} BsFileKind;

gboolean bs_file_load (const char    *path,
                       BsFramework   *framework,
                       BsFileKind    *kind,
                       GObject      **object,
                       GError       **error);

G_END_DECLS
