/* bs-error.c: the error domain of Blendscan's file formats
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-error.h"

G_DEFINE_QUARK (bs-format-error-quark, bs_format_error)
