/**
 * Custom metadata as the service defines it (spec 3.12): typed values, the seven field types,
 * field schemas and the rules values must obey, with refusals that name the field and the rule.
 * Pure values, no storage.
 */
package io.mediadesk.library.metadata;
