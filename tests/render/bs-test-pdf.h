/* bs-test-pdf.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <poppler.h>

#include "blendscan-core.h"
#include "bs-report.h"

G_BEGIN_DECLS

/* poppler-glib 22.12 has no autoptr support of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

/* Printers print to about 10 mm from the edge. */
#define PRINTABLE_MARGIN 28.35
/* The report's left and right margins (20 mm). */
#define SIDE_MARGIN 56.0

BsAssessment    *bs_test_pdf_load_example          (const char      *name);
void             bs_test_pdf_remove_tree           (const char      *dir);
PopplerDocument *bs_test_pdf_write_and_open        (BsReport        *report,
                                                    const char      *dir,
                                                    const char      *name);
char            *bs_test_pdf_document_text         (PopplerDocument *doc);
void             bs_test_pdf_assert_contains       (const char      *text,
                                                    const char      *needle);
void             bs_test_pdf_assert_inside_margins (PopplerDocument *doc);
char            *bs_test_pdf_page_text             (PopplerDocument *doc,
                                                    int              index);
char            *bs_test_pdf_body_text_no_space    (PopplerDocument *doc);
char            *bs_test_pdf_strip_space           (const char      *text);

G_END_DECLS
