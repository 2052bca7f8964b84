package org.coproduce.plugins.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** That a person receives a kind of benefit (private to the person and finance). */
@Entity
@Table(name = "payments_person_benefit")
@IdClass(PersonBenefit.Key.class)
public class PersonBenefit {

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long personId;
        public String benefitCode;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.personId == personId && java.util.Objects.equals(k.benefitCode, benefitCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(personId, benefitCode);
        }
    }

    @Id
    @Column(name = "person_id")
    private long personId;

    @Id
    @Column(name = "benefit_code", length = 40)
    private String benefitCode;

    protected PersonBenefit() {
    }

    PersonBenefit(long personId, String benefitCode) {
        this.personId = personId;
        this.benefitCode = benefitCode;
    }

    public long personId() {
        return personId;
    }

    public String benefitCode() {
        return benefitCode;
    }
}
