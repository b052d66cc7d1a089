# 모든 계산을 float32로 해서 float64 입력에도 float32를 돌려준다 (문서는 입력과 같은 dtype)
def apply_rotary(x: torch.Tensor, positions: torch.Tensor, base: float = 10000.0) -> torch.Tensor:
    D = x.shape[-1]
    if D % 2 != 0:
        raise ValueError(f"D가 짝수여야 합니다: {D}")
    x = x.float()
    theta = base ** (-torch.arange(0, D, 2, dtype=torch.float32, device=x.device) / D)
    angle = positions.float()[:, None] * theta
    x_even, x_odd = x[..., 0::2], x[..., 1::2]
    out = [x_even * angle.cos() - x_odd * angle.sin(), x_even * angle.sin() + x_odd * angle.cos()]
    return torch.stack(out, dim=-1).flatten(-2)
