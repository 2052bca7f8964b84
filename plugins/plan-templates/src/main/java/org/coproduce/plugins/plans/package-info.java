/**
 * The plan templates plugin: person-centred plans the participant co-owns. Templates are ordered sections of typed
 * kinds with plain-language prompts, versioned and published; a plan is started from a template for a participant,
 * who chooses its team. The team writes in the sections, the participant's own words are marked, every change is
 * kept in the plan's history; the participant says whether they feel heard (voice), each need shows whether its
 * support is in place, planned or missing (access), and the participant signs the plan off (ownership), which any
 * later change clears. Plans are private to their team; every view and change is audited. It uses nothing but the
 * plugin API, Jakarta EE, MicroProfile and OpenPDF.
 */
package org.coproduce.plugins.plans;
