# sin의 부호를 바꿔 시계 방향으로 돌린다 (상대 위치 성질은 남지만 문서의 회전 방향과 반대)
def apply_rotary(x: torch.Tensor, positions: torch.Tensor, base: float = 10000.0) -> torch.Tensor:
    D = x.shape[-1]
    if D % 2 != 0:
        raise ValueError(f"D가 짝수여야 합니다: {D}")
    theta = base ** (-torch.arange(0, D, 2, dtype=torch.float64, device=x.device) / D)
    angle = positions.to(torch.float64)[:, None] * theta
    cos, sin = angle.cos().to(x.dtype), angle.sin().to(x.dtype)
    x_even, x_odd = x[..., 0::2], x[..., 1::2]
    return torch.stack([x_even * cos + x_odd * sin, -x_even * sin + x_odd * cos], dim=-1).flatten(-2)
