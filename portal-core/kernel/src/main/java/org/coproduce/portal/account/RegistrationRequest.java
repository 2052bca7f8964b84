package org.coproduce.portal.account;

/** What a person gives to register; validated by {@link AccountRegistration}. */
public record RegistrationRequest(String displayName, String email, String password, String networkRole) {
}
