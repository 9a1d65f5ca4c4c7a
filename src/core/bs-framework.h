/* bs-framework.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bs-dimension.h"
#include "bs-level.h"
#include "bs-localized.h"
#include "bs-question.h"
#include "bs-reflection.h"
#include "bs-role.h"
#include "bs-stage.h"
#include "bs-statement.h"
#include "bs-term.h"

G_BEGIN_DECLS

/* The newest framework file format this version reads. Format 2 added
 * <roles> and the disagreement threshold, format 3 the scale's
 * <description>, the statements' <next-step> and a reflection's level;
 * older files open unchanged. */
#define BS_FRAMEWORK_FORMAT 3
#define BS_DEFAULT_FRAMEWORK_ID "blendscan-embed"
/* The standard deviation of a team's answers from which a statement counts
 * as one the team disagrees on, unless the framework sets its own
 * (<scale disagreement="…">): one whole stage. */
#define BS_DEFAULT_DISAGREEMENT_THRESHOLD 1.0

#define BS_TYPE_FRAMEWORK (bs_framework_get_type ())

G_DECLARE_FINAL_TYPE (BsFramework, bs_framework, BS, FRAMEWORK, GObject)

BsFramework  *bs_framework_new_from_file       (const char   *path,
                                                GError      **error);
BsFramework  *bs_framework_new_from_bytes      (GBytes       *bytes,
                                                const char   *display_name,
                                                GError      **error);
BsFramework  *bs_framework_get_default         (void);
BsFramework  *bs_framework_get_builtin         (const char   *version);
BsFramework  *bs_framework_find                (const char   *id,
                                                GError      **error);
BsFramework  *bs_framework_find_version        (const char   *id,
                                                const char   *version,
                                                GError      **error);
int           bs_framework_compare_versions    (const char   *a,
                                                const char   *b);

const char   *bs_framework_get_id              (BsFramework  *self);
const char   *bs_framework_get_version         (BsFramework  *self);
const char   *bs_framework_get_path            (BsFramework  *self);
BsLocalized  *bs_framework_get_title           (BsFramework  *self);
BsLocalized  *bs_framework_get_description     (BsFramework  *self);
const char   *bs_framework_get_scale_description (BsFramework *self,
                                                  const char  *lang);
BsLocalized  *bs_framework_get_scale_description_localized (BsFramework *self);
GListModel   *bs_framework_get_stages          (BsFramework  *self);
guint         bs_framework_get_n_stages        (BsFramework  *self);
BsStage      *bs_framework_get_stage           (BsFramework  *self,
                                                guint         value);
GListModel   *bs_framework_get_levels          (BsFramework  *self);
BsLevel      *bs_framework_lookup_level        (BsFramework  *self,
                                                const char   *level_id);
BsDimension  *bs_framework_lookup_dimension    (BsFramework  *self,
                                                const char   *level_id,
                                                const char   *dimension_id);
BsStatement  *bs_framework_lookup_statement    (BsFramework  *self,
                                                const char   *statement_id);
guint         bs_framework_get_n_statements    (BsFramework  *self);
GListModel   *bs_framework_get_reflections     (BsFramework  *self);
BsReflection *bs_framework_lookup_reflection   (BsFramework  *self,
                                                const char   *reflection_id);
BsQuestion   *bs_framework_lookup_question     (BsFramework  *self,
                                                const char   *question_id);
GListModel   *bs_framework_get_glossary        (BsFramework  *self);
GListModel   *bs_framework_get_roles           (BsFramework  *self);
BsRole       *bs_framework_lookup_role         (BsFramework  *self,
                                                const char   *role_id);
int           bs_framework_get_role_index      (BsFramework  *self,
                                                const char   *role_id);
BsRole       *bs_framework_find_role          (BsFramework  *self,
                                                const char   *text);
double        bs_framework_get_disagreement_threshold (BsFramework *self);

G_END_DECLS
