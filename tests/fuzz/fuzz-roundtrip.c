/* libFuzzer harness: whatever loads must save and load again, unchanged. */
#define G_LOG_DOMAIN "blendscan-fuzz"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "blendscan-core.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) assessment = NULL;
  g_autoptr(BsAssessment) reloaded = NULL;

  assessment = bs_assessment_load_from_bytes (bytes, "fuzz.blendscan",
                                              bs_framework_get_default (),
                                              &error);
  if (assessment == NULL)
    return 0;

  /* A loaded assessment is one the app lets the user save; the saved file
   * must load again, or the user's answers are lost. */
  saved = bs_assessment_to_bytes (assessment);
  reloaded = bs_assessment_load_from_bytes (saved, "saved.blendscan",
                                            bs_framework_get_default (),
                                            &error);
  if (reloaded == NULL)
    {
      fprintf (stderr, "saved assessment does not load: %s\n--- saved:\n%.*s\n",
               error->message, (int) g_bytes_get_size (saved),
               (const char *) g_bytes_get_data (saved, NULL));
      abort ();
    }

  /* Saving is a function of the content: a second save is the same file. */
  saved_again = bs_assessment_to_bytes (reloaded);
  if (!g_bytes_equal (saved, saved_again))
    {
      fprintf (stderr, "save, load, save changed the file\n--- first:\n%.*s\n--- second:\n%.*s\n",
               (int) g_bytes_get_size (saved),
               (const char *) g_bytes_get_data (saved, NULL),
               (int) g_bytes_get_size (saved_again),
               (const char *) g_bytes_get_data (saved_again, NULL));
      abort ();
    }
  return 0;
}
