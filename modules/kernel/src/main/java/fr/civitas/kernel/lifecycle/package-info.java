/**
 * Each module's part in a council's onboarding, offboarding and data rights: export, erasure of
 * a person, clean-up outside the schema. The tenancy module calls every module's part.
 */
package fr.civitas.kernel.lifecycle;
