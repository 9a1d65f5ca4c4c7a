/* bs-framework-lint.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The rules of docs/framework-authoring.md that can be checked mechanically,
 * numbered as there. */
typedef enum
{
  BS_LINT_RULE_COMPLETE = 1,
  BS_LINT_RULE_NEGATION = 2,
  BS_LINT_RULE_STEM = 3,
  BS_LINT_RULE_VAGUE = 4,
  BS_LINT_RULE_STAGE_WORDS = 5,
} BsLintRule;

/* Which text of a statement a finding is about. */
typedef enum
{
  BS_LINT_PART_STATEMENT,
  BS_LINT_PART_DESCRIPTOR,
  BS_LINT_PART_NEXT_STEP,
} BsLintPart;

typedef struct
{
  BsLintRule  rule;
  int         line;
  char       *statement_id;
  BsLintPart  part;
  guint       stage;      /* a descriptor's stage, a next step's from; 0 for the statement */
  char       *lang;       /* (nullable): the language of the text, NULL for none */
  char       *message;    /* what is wrong, in the user's language */
} BsLintFinding;

void        bs_lint_finding_free     (BsLintFinding       *finding);
char       *bs_lint_finding_format   (const BsLintFinding *finding,
                                      const char          *display_name);
const char *bs_lint_rule_get_name    (BsLintRule           rule);

GPtrArray  *bs_framework_lint_file   (const char          *path,
                                      GError             **error);
GPtrArray  *bs_framework_lint_bytes  (GBytes              *bytes,
                                      const char          *display_name,
                                      GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BsLintFinding, bs_lint_finding_free)

G_END_DECLS
