package io.coo4j.core.model;

import io.coo4j.core.Masking;
import io.coo4j.core.validation.constraints.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/**
 * The person who declares (申报员): name, resident identity number (身份证号) and phone. The
 * identity number and phone are personal data: coo4j masks them in logs ({@link #toString()}).
 */
public record Declarant(@Nullable String name, @ResidentIdNumber @Nullable String idNumber, @Nullable String phone) {
    @Override
    public String toString() {
        return "Declarant[name=" + name + ", idNumber=" + Masking.mask(idNumber) + ", phone=" + Masking.mask(phone) + "]";
    }
}
