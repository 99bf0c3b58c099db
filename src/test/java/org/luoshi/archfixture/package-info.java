/**
 * Planted violations of {@link org.luoshi.ArchitectureRules}, and allowed look-alikes beside them, for
 * {@code ArchitectureRulesTest}: the rules built for this root must report exactly the planted classes.
 * Test classes only: the check of the app's own classes never imports them.
 */
package org.luoshi.archfixture;
