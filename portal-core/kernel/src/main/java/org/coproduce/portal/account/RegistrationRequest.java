package org.coproduce.portal.account;

/**
 * What a person gives to register; validated by {@link AccountRegistration}. {@code acceptTerms} has to be true and
 * {@code termsVersion} the version of the terms of service in force (the one the person was shown).
 */
public record RegistrationRequest(String displayName, String email, String password, String networkRole,
        Boolean acceptTerms, Integer termsVersion) {
}
