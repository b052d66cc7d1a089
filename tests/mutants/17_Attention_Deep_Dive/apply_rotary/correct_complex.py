# 다른 올바른 구현: 인접한 두 성분을 복소수 하나로 보고 e^{i m θ}를 곱한다 (Meta LLaMA 코드의 방식)
def apply_rotary(x: torch.Tensor, positions: torch.Tensor, base: float = 10000.0) -> torch.Tensor:
    *lead, T, D = x.shape
    if D % 2 != 0:
        raise ValueError(f"apply_rotary: D는 짝수여야 합니다 (받은 D = {D})")
    theta = 1.0 / base ** (torch.arange(0, D, 2, device=x.device).double() / D)  # (D/2,)
    freqs = torch.outer(positions.double(), theta)  # (T, D/2)
    rot = torch.polar(torch.ones_like(freqs), freqs)  # (T, D/2) 복소수 e^{i m θ}
    xc = torch.view_as_complex(x.double().reshape(*lead, T, D // 2, 2).contiguous())
    return torch.view_as_real(xc * rot).reshape(x.shape).to(x.dtype)
