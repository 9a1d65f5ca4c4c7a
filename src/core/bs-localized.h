/* bs-localized.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BS_TYPE_LOCALIZED (bs_localized_get_type ())

typedef struct _BsLocalized BsLocalized;

GType        bs_localized_get_type  (void) G_GNUC_CONST;
BsLocalized *bs_localized_new       (void);
BsLocalized *bs_localized_ref       (BsLocalized *self);
void         bs_localized_unref     (BsLocalized *self);
void         bs_localized_set       (BsLocalized *self,
                                     const char  *lang,
                                     const char  *text);
const char  *bs_localized_get       (const BsLocalized *self,
                                     const char        *lang);
gboolean     bs_localized_has       (const BsLocalized *self,
                                     const char        *lang);
gboolean     bs_localized_is_empty  (const BsLocalized *self);
gboolean     bs_localized_equal     (const BsLocalized *a,
                                     const BsLocalized *b);

const char  *bs_default_language    (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BsLocalized, bs_localized_unref)

G_END_DECLS
