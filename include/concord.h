/* concord.h - umbrella header of libconcord: news articles in, verified
 * stories out. Modules, in dependency order (see docs/ARCHITECTURE.md):
 * base, source, extract, text, group, provenance, claims, corroborate,
 * brief, render, store; template works on whole corpora. */
#ifndef CONCORD_H
#define CONCORD_H

#include "concord/base.h"
#include "concord/source.h"
#include "concord/extract.h"
#include "concord/text.h"
#include "concord/group.h"
#include "concord/provenance.h"
#include "concord/brief.h"
#include "concord/claims.h"
#include "concord/corroborate.h"
#include "concord/render.h"
#include "concord/store.h"
#include "concord/template.h"

#endif
