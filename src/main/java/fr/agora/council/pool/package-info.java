/**
 * Reading the draw pool from the sources the city receives (RIL, EDF, HLM, electoral lists, volunteer
 * candidacies): file decoding, column mapping, row validation, cross-source deduplication and data minimisation.
 * Plain Java without Spring, like the sortition engine, so that an import can be re-run and audited. Messages are
 * message keys with arguments ({@code pool.*} in the {@code pool} bundle), translated by the caller; an argument that is itself a
 * {@code pool.field.*} key names a field and is translated first.
 */
package fr.agora.council.pool;
