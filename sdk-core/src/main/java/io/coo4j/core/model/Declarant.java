package io.coo4j.core.model;

import io.coo4j.core.Masking;
import io.coo4j.core.validation.constraints.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/**
 * The person who declares (申报员): name, resident identity number (身份证号) and phone. The
 * identity number and phone are personal data: coo4j masks them in logs ({@link #toString()}).
 *
 * @param name the declarant's name (申报员姓名)
 * @param idNumber the resident identity number (身份证号), masked in logs
 * @param phone the phone (申报员电话), masked in logs
 */
public record Declarant(@Nullable String name, @ResidentIdNumber @Nullable String idNumber, @Nullable String phone) {
    @Override
    public String toString() {
        return "Declarant[name=" + name + ", idNumber=" + Masking.mask(idNumber) + ", phone=" + Masking.mask(phone) + "]";
    }
}
