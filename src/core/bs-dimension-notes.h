/* bs-dimension-notes.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BS_TYPE_DIMENSION_NOTES (bs_dimension_notes_get_type ())

G_DECLARE_FINAL_TYPE (BsDimensionNotes, bs_dimension_notes, BS, DIMENSION_NOTES, GObject)

BsDimensionNotes *bs_dimension_notes_new              (const char       *level_id,
                                                       const char       *dimension_id);
const char       *bs_dimension_notes_get_level_id     (BsDimensionNotes *self);
const char       *bs_dimension_notes_get_dimension_id (BsDimensionNotes *self);
const char       *bs_dimension_notes_get_summary      (BsDimensionNotes *self);
void              bs_dimension_notes_set_summary      (BsDimensionNotes *self,
                                                       const char       *summary);
const char       *bs_dimension_notes_get_strengths    (BsDimensionNotes *self);
void              bs_dimension_notes_set_strengths    (BsDimensionNotes *self,
                                                       const char       *strengths);
const char       *bs_dimension_notes_get_improvements (BsDimensionNotes *self);
void              bs_dimension_notes_set_improvements (BsDimensionNotes *self,
                                                       const char       *improvements);
guint             bs_dimension_notes_get_target       (BsDimensionNotes *self);
void              bs_dimension_notes_set_target       (BsDimensionNotes *self,
                                                       guint             target);

G_END_DECLS
