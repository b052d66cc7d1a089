# 클래스 토큰을 nn.Parameter가 아닌 보통 텐서로 둔다: 학습되지 않고 state_dict에도 없다
class ClassTokenEmbedding(nn.Module):
    def __init__(self, num_patches: int, dim: int, distilled: bool = False):
        super().__init__()
        self.num_prefix_tokens = 2 if distilled else 1
        self.cls_token = torch.zeros(1, 1, dim)
        if distilled:
            self.dist_token = torch.zeros(1, 1, dim)
        self.pos_embed = nn.Parameter(0.02 * torch.randn(1, self.num_prefix_tokens + num_patches, dim))

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        B = tokens.shape[0]
        parts = [self.cls_token.expand(B, -1, -1).to(tokens)]
        if self.num_prefix_tokens == 2:
            parts.append(self.dist_token.expand(B, -1, -1).to(tokens))
        return torch.cat(parts + [tokens], dim=1) + self.pos_embed
