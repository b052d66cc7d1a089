# GPT-NeoX/HF LLaMA식 앞뒤 절반 짝짓기 (i, i + D/2): 성질은 같지만 문서가 정한 인접 쌍과 값이 다르다
def apply_rotary(x: torch.Tensor, positions: torch.Tensor, base: float = 10000.0) -> torch.Tensor:
    D = x.shape[-1]
    if D % 2 != 0:
        raise ValueError(f"D가 짝수여야 합니다: {D}")
    theta = base ** (-torch.arange(0, D, 2, dtype=torch.float64, device=x.device) / D)  # (D/2,)
    angle = positions.to(torch.float64)[:, None] * theta  # (T, D/2)
    cos = torch.cat([angle.cos(), angle.cos()], dim=-1).to(x.dtype)  # (T, D)
    sin = torch.cat([angle.sin(), angle.sin()], dim=-1).to(x.dtype)
    x1, x2 = x[..., : D // 2], x[..., D // 2 :]
    rotate_half = torch.cat([-x2, x1], dim=-1)
    return x * cos + rotate_half * sin
