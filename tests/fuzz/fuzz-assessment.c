/* libFuzzer harness: the assessment loader, default framework, any bytes. */
#define G_LOG_DOMAIN "blendscan-fuzz"

#include "config.h"

#include "blendscan-core.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) assessment = NULL;

  assessment = bs_assessment_load_from_bytes (bytes, "fuzz.blendscan",
                                              bs_framework_get_default (),
                                              &error);
  if ((assessment == NULL) == (error == NULL))
    abort ();
  return 0;
}
