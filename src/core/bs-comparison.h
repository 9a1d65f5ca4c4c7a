/* bs-comparison.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-score.h"

G_BEGIN_DECLS

#define BS_COMPARISON_ERROR (bs_comparison_error_quark ())

/**
 * BsComparisonError:
 * @BS_COMPARISON_ERROR_UNRELATED: the two assessments use frameworks that
 *   are not versions of each other (different framework ids)
 */
typedef enum
{
  BS_COMPARISON_ERROR_UNRELATED,
} BsComparisonError;

GQuark bs_comparison_error_quark (void);

/**
 * BsStatementVersion:
 * @BS_STATEMENT_VERSION_SAME: in both framework versions, worded the same
 * @BS_STATEMENT_VERSION_ADDED: only in the new assessment's framework version
 * @BS_STATEMENT_VERSION_REMOVED: only in the old assessment's framework version
 * @BS_STATEMENT_VERSION_REWORDED: in both, by id, but its text, its
 *   descriptors or its dimension differ (see #BsStatementRewording)
 *
 * How a statement differs between the framework versions of two
 * assessments. The nicks ("same", "added", "removed", "reworded") are for
 * the CLI's csv and json.
 */
typedef enum
{
  BS_STATEMENT_VERSION_SAME,
  BS_STATEMENT_VERSION_ADDED,
  BS_STATEMENT_VERSION_REMOVED,
  BS_STATEMENT_VERSION_REWORDED,
} BsStatementVersion;

#define BS_TYPE_STATEMENT_VERSION (bs_statement_version_get_type ())

GType       bs_statement_version_get_type  (void) G_GNUC_CONST;
const char *bs_statement_version_to_string (BsStatementVersion version);

/**
 * BsStatementRewording:
 * @BS_STATEMENT_REWORDING_NONE: nothing differs
 * @BS_STATEMENT_REWORDING_TEXT: the statement's text, in any language
 * @BS_STATEMENT_REWORDING_DESCRIPTORS: a rubric descriptor, in any language,
 *   or the number of them
 * @BS_STATEMENT_REWORDING_DIMENSION: it moved to another dimension
 *
 * What differs of a reworded statement. The nicks ("text", "descriptors",
 * "dimension") are for the CLI's csv and json.
 */
typedef enum /*< flags >*/
{
  BS_STATEMENT_REWORDING_NONE        = 0,
  BS_STATEMENT_REWORDING_TEXT        = 1 << 0,
  BS_STATEMENT_REWORDING_DESCRIPTORS = 1 << 1,
  BS_STATEMENT_REWORDING_DIMENSION   = 1 << 2,
} BsStatementRewording;

#define BS_TYPE_STATEMENT_REWORDING (bs_statement_rewording_get_type ())

GType bs_statement_rewording_get_type (void) G_GNUC_CONST;

/**
 * BsComparisonWarning:
 * @BS_COMPARISON_WARNING_NONE: nothing to warn about
 * @BS_COMPARISON_WARNING_UNIT: the assessments name different units (a
 *   unit may have been renamed, so they still compare)
 * @BS_COMPARISON_WARNING_LEVELS: they include different levels; only the
 *   levels both include are compared
 * @BS_COMPARISON_WARNING_VERSION: they use different versions of the same
 *   framework; statements compare by id
 *
 * What the reader of a comparison should know; the comparison is made
 * anyway. bs_comparison_get_warnings() says each in words.
 */
typedef enum /*< flags >*/
{
  BS_COMPARISON_WARNING_NONE    = 0,
  BS_COMPARISON_WARNING_UNIT    = 1 << 0,
  BS_COMPARISON_WARNING_LEVELS  = 1 << 1,
  BS_COMPARISON_WARNING_VERSION = 1 << 2,
} BsComparisonWarning;

#define BS_TYPE_COMPARISON_WARNING (bs_comparison_warning_get_type ())

GType bs_comparison_warning_get_type (void) G_GNUC_CONST;

/**
 * BsDimensionComparison:
 * @id: the dimension id
 * @old_dimension: (nullable): the dimension in the old assessment's
 *   framework; %NULL when that version lacks it
 * @new_dimension: (nullable): the dimension in the new assessment's
 *   framework; %NULL when that version lacks it
 * @old_score: the old assessment's score (empty without the dimension)
 * @new_score: the new assessment's score (empty without the dimension)
 * @change: the new score minus the old one; NAN where either has no score
 *
 * One dimension of a compared level, each side scored against its own
 * framework version with bs_level_scores_new().
 */
typedef struct
{
  const char  *id;
  BsDimension *old_dimension;
  BsDimension *new_dimension;
  BsScore      old_score;
  BsScore      new_score;
  double       change;
} BsDimensionComparison;

/**
 * BsLevelComparison:
 * @id: the level id
 * @old_level: the level in the old assessment's framework
 * @new_level: the level in the new assessment's framework
 * @old_score: the old assessment's level score
 * @new_score: the new assessment's level score
 * @change: the new level score minus the old one; NAN where either has none
 * @n_dimensions: the number of dimensions: the new framework's, in its
 *   order, then those only the old one has
 * @dimensions: (array length=n_dimensions): per dimension
 */
typedef struct
{
  const char            *id;
  BsLevel               *old_level;
  BsLevel               *new_level;
  BsScore                old_score;
  BsScore                new_score;
  double                 change;
  guint                  n_dimensions;
  BsDimensionComparison *dimensions;
} BsLevelComparison;

/**
 * BsStatementComparison:
 * @id: the statement id
 * @level_id: its level
 * @dimension_id: its dimension in the new framework version (in the old
 *   one when it was removed)
 * @old_statement: (nullable): the statement in the old framework version;
 *   %NULL when it was added
 * @new_statement: (nullable): the statement in the new framework version;
 *   %NULL when it was removed
 * @version: how it differs between the versions
 * @rewording: what differs when @version is %BS_STATEMENT_VERSION_REWORDED
 * @old_answer: the old assessment's answer (bs_score_statement()); its
 *   @value says a stage, N/A, "don't know" or unanswered (%BS_VALUE_NONE)
 * @new_answer: the new assessment's answer
 * @movement: the new score minus the old one, in stages; NAN when either
 *   side has no score (N/A, "don't know", unanswered, or not in its version)
 * @moved: whether both versions have the statement and its answer differs:
 *   another stage, or a change between a stage, N/A, "don't know" and
 *   unanswered
 *
 * One statement of a compared level.
 */
typedef struct
{
  const char           *id;
  const char           *level_id;
  const char           *dimension_id;
  BsStatement          *old_statement;
  BsStatement          *new_statement;
  BsStatementVersion    version;
  BsStatementRewording  rewording;
  BsStatementScore      old_answer;
  BsStatementScore      new_answer;
  double                movement;
  gboolean              moved;
} BsStatementComparison;

#define BS_TYPE_COMPARISON (bs_comparison_get_type ())

G_DECLARE_FINAL_TYPE (BsComparison, bs_comparison, BS, COMPARISON, GObject)

BsComparison                *bs_comparison_new                (BsAssessment       *old_assessment,
                                                               BsAssessment       *new_assessment,
                                                               GError            **error);
BsAssessment                *bs_comparison_get_old            (BsComparison       *self);
BsAssessment                *bs_comparison_get_new            (BsComparison       *self);
BsComparisonWarning          bs_comparison_get_warning_flags  (BsComparison       *self);
const char * const          *bs_comparison_get_warnings       (BsComparison       *self);
guint                        bs_comparison_get_n_levels       (BsComparison       *self);
const BsLevelComparison     *bs_comparison_get_level          (BsComparison       *self,
                                                               guint               index);
const BsLevelComparison     *bs_comparison_lookup_level       (BsComparison       *self,
                                                               const char         *level_id);
const BsDimensionComparison *bs_comparison_lookup_dimension   (BsComparison       *self,
                                                               const char         *level_id,
                                                               const char         *dimension_id);
GPtrArray                   *bs_comparison_get_statements     (BsComparison       *self);
const BsStatementComparison *bs_comparison_lookup_statement   (BsComparison       *self,
                                                               const char         *statement_id);
GPtrArray                   *bs_comparison_list_moved         (BsComparison       *self,
                                                               const char         *level_id);
GPtrArray                   *bs_comparison_list_version       (BsComparison       *self,
                                                               BsStatementVersion  version);

G_END_DECLS
