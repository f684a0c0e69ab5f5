/**
 * French text that people read, kept out of the code: each module reads its own
 * {@code i18n/<module>.properties} through a small {@code *Texts} class built on
 * {@link fr.civitas.kernel.text.TextBundle}. Log messages stay in English, in the code.
 */
package fr.civitas.kernel.text;
