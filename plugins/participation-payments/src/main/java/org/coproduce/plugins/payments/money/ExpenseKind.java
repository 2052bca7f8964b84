package org.coproduce.plugins.payments.money;

/** The kinds of expense a person may claim. Every kind but mileage needs a receipt. */
public enum ExpenseKind {
    MILEAGE("Mileage"), FARES("Fares"), PARKING("Parking"), CHILDCARE("Childcare"),
    REPLACEMENT_CARE("Replacement care or a personal assistant"), SUBSISTENCE("Subsistence"), OTHER("Other");

    private final String label;

    ExpenseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean receiptRequired() {
        return this != MILEAGE;
    }
}
