/* blendscan-core.h: everything of the model, for the app, the CLI and tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-action.h"
#include "bs-action-status.h"
#include "bs-agreed-answer.h"
#include "bs-answer.h"
#include "bs-assessment.h"
#include "bs-csv.h"
#include "bs-csv-reader.h"
#include "bs-date.h"
#include "bs-dimension-notes.h"
#include "bs-error.h"
#include "bs-file.h"
#include "bs-framework.h"
#include "bs-level-scores.h"
#include "bs-localized.h"
#include "bs-participant.h"
#include "bs-pathway.h"
#include "bs-respondent.h"
#include "bs-respondent-names.h"
#include "bs-role.h"
#include "bs-score.h"
#include "bs-score-text.h"
#include "bs-score-watch.h"
#include "bs-team.h"
#include "bs-team-csv.h"
#include "bs-team-merge.h"
#include "bs-team-stats.h"
#include "bs-links.h"
#include "bs-text.h"
