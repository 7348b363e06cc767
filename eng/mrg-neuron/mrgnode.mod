: ScsSim's own NMODL description of the MRG node of Ranvier (McIntyre, Richardson & Grill, J Neurophysiol 87:995,
: 2002): fast Na (m^3 h), persistent Na (p^3), slow K (s), leak. Constants as published with ModelDB entry 3810.
: Written for the cross-check in this folder; not part of the ScsSim package.
NEURON {
    SUFFIX scsmrg
    NONSPECIFIC_CURRENT ina, inap, ik, il
    RANGE gnapbar, gnabar, gkbar, gl, ena, ek, el
}
UNITS { (mA) = (milliamp) (mV) = (millivolt) }
PARAMETER {
    gnapbar = 0.01 (mho/cm2)
    gnabar = 3.0 (mho/cm2)
    gkbar = 0.08 (mho/cm2)
    gl = 0.007 (mho/cm2)
    ena = 50 (mV)
    ek = -90 (mV)
    el = -90 (mV)
    celsius (degC)
}
STATE { p m h s }
ASSIGNED { v (mV) ina (mA/cm2) inap (mA/cm2) ik (mA/cm2) il (mA/cm2) q1 q2 q3 }
BREAKPOINT {
    SOLVE gates METHOD cnexp
    inap = gnapbar * p * p * p * (v - ena)
    ina = gnabar * m * m * m * h * (v - ena)
    ik = gkbar * s * (v - ek)
    il = gl * (v - el)
}
FUNCTION lin(x, a, c) {
    : a * x / (1 - exp(-x / c)), with its limit a * c at x = 0
    if (fabs(x / c) < 1e-6) { lin = a * c * (1 + x / (2 * c)) } else { lin = a * x / (1 - exp(-x / c)) }
}
INITIAL {
    q1 = 2.2 ^ ((celsius - 20) / 10)
    q2 = 2.9 ^ ((celsius - 20) / 10)
    q3 = 3.0 ^ ((celsius - 36) / 10)
    p = ap(v) / (ap(v) + bp(v))
    m = am(v) / (am(v) + bm(v))
    h = ah(v) / (ah(v) + bh(v))
    s = as(v) / (as(v) + bs(v))
}
DERIVATIVE gates {
    p' = ap(v) - (ap(v) + bp(v)) * p
    m' = am(v) - (am(v) + bm(v)) * m
    h' = ah(v) - (ah(v) + bh(v)) * h
    s' = as(v) - (as(v) + bs(v)) * s
}
UNITSOFF
FUNCTION ap(v) { ap = q1 * lin(v + 27, 0.01, 10.2) }
FUNCTION bp(v) { bp = q1 * lin(-(v + 34), 0.00025, 10) }
FUNCTION am(v) { am = q1 * lin(v + 21.4, 1.86, 10.3) }
FUNCTION bm(v) { bm = q1 * lin(-(v + 25.7), 0.086, 9.16) }
FUNCTION ah(v) { ah = q2 * lin(-(v + 114), 0.062, 11) }
FUNCTION bh(v) { bh = q2 * 2.3 / (1 + exp(-(v + 31.8) / 13.4)) }
FUNCTION as(v) { as = q3 * 0.3 / (1 + exp((v + 53) / -5)) }
FUNCTION bs(v) { bs = q3 * 0.03 / (1 + exp((v + 90) / -1)) }
UNITSON
