package dev.fmnist.data;

/** A training split divided into what is trained on and what is held out for validation. */
public record TrainValidation(Split train, Split validation) {
}
