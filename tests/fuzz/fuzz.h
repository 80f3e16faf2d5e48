/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the libFuzzer targets: their entry points, declared for -Wmissing-prototypes. */
#ifndef CORDIAL_FUZZ_H
#define CORDIAL_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
